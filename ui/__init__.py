"""The Qt client of the reception core."""
