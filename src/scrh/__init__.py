"""Spinal Cord Research Help: plain-language summaries of spinal cord injury research."""
