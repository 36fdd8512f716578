"""Add handling forms and improvement proposals to a COPY of a bench database, so the
Verbetervoorstellen screen can be measured at size (the bench data has none).

    python scripts/seed_learning.py sqlite:////tmp/copy.db --forms 20000 --proposals 2000
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import create_engine, insert, select

from app.models import (
    Complaint,
    Employee,
    HandlingReport,
    ImprovementProposal,
    ProgressNote,
    ProposalComplaint,
)

STATUSES = ("draft", "submitted", "reviewed", "returned")
CAUSES = ("employee", "work_process", "system", "organisation", "external", "complainant")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--forms", type=int, default=20_000)
    parser.add_argument("--proposals", type=int, default=2_000)
    args = parser.parse_args()
    engine = create_engine(args.url)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        complaints = conn.execute(
            select(Complaint.id, Complaint.handler_id).limit(args.forms)
        ).all()
        employees = [row.id for row in conn.execute(select(Employee.id))]
        forms = []
        for n, (complaint_id, handler_id) in enumerate(complaints):
            status = STATUSES[n % 4]
            forms.append(
                {
                    "complaint_id": complaint_id,
                    "handler_id": handler_id or employees[n % len(employees)],
                    "status": status,
                    "cause_kind": CAUSES[n % 6],
                    "cause_text": "Oorzaak van de proefklacht.",
                    "submitted_at": None if status == "draft" else now - timedelta(hours=n),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        conn.execute(insert(HandlingReport), forms)
        proposals = [
            {
                "title": f"Proefvoorstel {n}",
                "specific": "Specifiek",
                "measurable": "Meetbaar",
                "deadline": date(2026, 1, 1) + timedelta(days=n % 400),
                "owner_id": employees[n % len(employees)],
                "decision": "accepted" if n % 2 else "proposed",
                "status": "open",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for n in range(args.proposals)
        ]
        conn.execute(insert(ImprovementProposal), proposals)
        ids = [row.id for row in conn.execute(select(ImprovementProposal.id))]
        conn.execute(
            insert(ProposalComplaint),
            [
                {"proposal_id": pid, "complaint_id": complaints[(i * 3 + k) % len(complaints)][0]}
                for i, pid in enumerate(ids)
                for k in range(3)
            ],
        )
        conn.execute(
            insert(ProgressNote),
            [
                {
                    "proposal_id": pid,
                    "noted_on": date(2026, 2, 1) + timedelta(days=k),
                    "text": "Voortgang besproken.",
                    "author_id": employees[k % len(employees)],
                }
                for pid in ids
                for k in range(2)
            ],
        )
    print(f"{len(forms)} forms, {len(ids)} proposals added")


if __name__ == "__main__":
    main()
