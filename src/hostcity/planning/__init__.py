"""The planning engine: hostcity/1 problems to validated, explained plans. Never imports Django."""
