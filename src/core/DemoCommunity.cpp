// implemented by the DemoCommunity work package
