"""OCO Desktop: the offline desktop application of the Oceania Customs Organisation."""

__version__ = "0.1.0"
APP_NAME = "OCO Desktop"
