"""Post review: detectors and the verdict of the social media code."""
