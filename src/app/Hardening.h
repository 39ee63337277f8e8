#pragma once

// Process hardening both programs apply first thing in main(): no core dumps (a dump would
// hold PINs being typed, pass secrets and the residents' data), and not dumpable, so another
// process of the same account cannot attach a debugger or read /proc/<pid>/mem.

namespace gatepost::app {

/// Sets RLIMIT_CORE to 0 and PR_SET_DUMPABLE to 0. Returns false when either failed.
bool hardenProcess();

} // namespace gatepost::app
