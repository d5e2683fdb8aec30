"""One exception type per kind of failure; the CLI turns each into one line and exit code 2."""


class GovdataError(Exception):
    """Base class: a problem the user can fix, stated with the file and the fix."""


class DocumentError(GovdataError):
    """A document cannot be read or decoded."""


class CatalogError(GovdataError):
    """The raw-document catalog is malformed or points at a missing file."""


class NumberError(GovdataError):
    """A Chinese numeral could not be converted."""


class SchemaError(GovdataError):
    """A tidy table does not satisfy its declared schema."""


class DetectionError(GovdataError):
    """Region, year or document type could not be detected from the text."""
