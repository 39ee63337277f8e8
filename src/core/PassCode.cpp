// implemented by the PassCode work package
