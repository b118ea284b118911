"""Seating and precedence: the order of delegations (protocol rules), the seating plans drawn from
it, and the line-ups (arrivals, speakers, the family photo)."""
