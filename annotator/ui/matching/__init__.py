"""The matching room: fact-check archive, suggestions and check-worthiness."""
