// implemented by the Auth work package
