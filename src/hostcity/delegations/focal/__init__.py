"""The focal point of a delegation, who has no account: the link that lets them register members,
follow the itinerary and ask for meetings."""
