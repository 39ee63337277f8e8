// implemented by the Formats work package
