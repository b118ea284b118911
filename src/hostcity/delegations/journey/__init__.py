"""A delegation's journey through an event: the arrival board of the event days and each
delegation's itinerary from the accepted plan."""
