// implemented by the Rules work package
