"""Info.plist entries of Factsheet.app: the document type that makes Finder open incidents."""

BUNDLE_IDENTIFIER = "org.factsheet.Factsheet"
INCIDENT_UTI = "org.factsheet.incident"


def info_plist(version: str) -> dict[str, object]:
    """Keys merged into the Info.plist PyInstaller writes for the bundle."""
    return {
        "CFBundleName": "Factsheet",
        "CFBundleDisplayName": "Factsheet",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        # Our own type for *.incident.yaml, conforming to YAML and plain text so Quick Look
        # and text editors still treat the files as text.
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": INCIDENT_UTI,
                "UTTypeDescription": "Factsheet incident",
                "UTTypeConformsTo": ["public.yaml", "public.plain-text"],
                "UTTypeIconFile": "factsheet.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["incident.yaml"],
                    "public.mime-type": ["application/x-factsheet-incident"],
                },
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Factsheet incident",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [INCIDENT_UTI],
                "CFBundleTypeIconFile": "factsheet.icns",
            },
            {
                # Any YAML file through "Open With"; never the default for them.
                "CFBundleTypeName": "YAML document",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.yaml"],
            },
        ],
    }
