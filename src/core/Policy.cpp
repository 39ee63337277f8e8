// implemented by the Policy work package
