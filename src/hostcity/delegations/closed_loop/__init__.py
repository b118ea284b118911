"""The closed health loop: who is inside it, where, their tests, and the activities they share."""
