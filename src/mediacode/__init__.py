"""mediacode: an organization's social media code and e-mail/internet regulation, executable."""

__version__ = "0.1.0"
