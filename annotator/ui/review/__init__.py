"""The review room: review mode, blind rating, adjudication, agreement and conflicts."""
