// implemented by the Roster work package
