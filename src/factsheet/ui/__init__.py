"""The Qt widgets of the viewer; the only layer that uses QtWidgets."""
