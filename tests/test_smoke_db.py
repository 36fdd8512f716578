from app.services.organisation import OrganisationService


def test_admin_is_listed(db, admin):
    names = [e.name for e in OrganisationService(db, admin).list_employees()]
    assert names == ["Adri Beheerder"]
