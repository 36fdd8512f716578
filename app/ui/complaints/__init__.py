"""The complaint screens: intake (annex 3), the register, a complaint's detail, merging
complainants."""
