// implemented by the CrossingLog work package
