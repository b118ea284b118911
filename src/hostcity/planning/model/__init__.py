"""The CP-SAT model of a hostcity/1 problem, one module per family of rules.

Each family is a function `add_to(build)` that adds its variables and constraints to the shared
`Build` and returns objective terms where it has any."""
