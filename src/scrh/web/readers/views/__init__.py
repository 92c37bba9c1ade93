"""Views of the reader channels: parse input, call one service, render or redirect."""
