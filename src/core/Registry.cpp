// implemented by the Registry work package
