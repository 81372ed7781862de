"""Drawing incidents with QtGui (painter, text document): shared by screen and paper."""
