"""Licenses: ids and expressions, the model-license catalog, identification of license texts,
the card's license metadata, and whether the sources agree."""
