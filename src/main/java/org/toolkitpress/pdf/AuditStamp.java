package org.toolkitpress.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * Which audit, and which version of it, a fillable PDF was made from, kept in the PDF's XMP
 * metadata. A school may return a PDF months later, after the audit has changed; reading it
 * back must say the version its answers were given against, not the project's current one.
 * PDF/A allows properties outside the standard schemas only when the same packet describes
 * them, so the two properties come with their description in the PDF/A extension schema
 * container ({@code pdfaExtension:schemas}), as veraPDF checks.
 */
final class AuditStamp {

    static final String NAMESPACE = "https://toolkitpress.org/ns/audit/1.0/";
    static final String PREFIX = "toolkitAudit";
    private static final String AUDIT = "audit";
    private static final String VERSION = "version";

    /** What a PDF says it was made from. */
    record Origin(String audit, int version) {
    }

    private AuditStamp() {
    }

    /** Adds the audit's id and version, and their PDF/A description, to the metadata. */
    static void write(XMPMetadata xmp, Origin origin) {
        PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
        if (extension == null) {
            extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        }
        ArrayProperty schemas = extension.getSchemasProperty();
        if (schemas == null) {
            schemas = xmp.getTypeMapping().createArrayProperty(extension.getNamespace(), extension.getPrefix(),
                    PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
            extension.addProperty(schemas);
        }
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "Toolkit Press audit form"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PREFIX));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.addProperty(property(xmp, AUDIT, "Text", "The id of the audit this form asks."));
        properties.addProperty(property(xmp, VERSION, "Integer", "The version of the audit this form was made from."));
        schema.addProperty(properties);
        schemas.addProperty(schema);

        XMPSchema stamp = xmp.createAndAddDefaultSchema(PREFIX, NAMESPACE);
        stamp.addProperty(xmp.getTypeMapping().createText(NAMESPACE, PREFIX, AUDIT, origin.audit()));
        stamp.addProperty(xmp.getTypeMapping().createInteger(NAMESPACE, PREFIX, VERSION, origin.version()));
    }

    private static PDFAPropertyType property(XMPMetadata xmp, String name, String type, String description) {
        PDFAPropertyType property = new PDFAPropertyType(xmp);
        property.addProperty(property.createTextType(PDFAPropertyType.NAME, name));
        property.addProperty(property.createTextType(PDFAPropertyType.VALUETYPE, type));
        property.addProperty(property.createTextType(PDFAPropertyType.CATEGORY, "external"));
        property.addProperty(property.createTextType(PDFAPropertyType.DESCRIPTION, description));
        return property;
    }

    /** The origin a PDF records, or null for a PDF made before it was recorded (or by another tool). */
    static Origin read(PDDocument document) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return null;
        }
        try {
            DomXmpParser parser = new DomXmpParser();
            // Read what is there even if another tool left the packet less than perfect.
            parser.setStrictParsing(false);
            XMPSchema stamp = parser.parse(metadata.toByteArray()).getSchema(NAMESPACE);
            if (stamp == null) {
                return null;
            }
            String audit = stamp.getUnqualifiedTextPropertyValue(AUDIT);
            Integer version = stamp.getIntegerPropertyValue(VERSION);
            return audit == null || version == null ? null : new Origin(audit, version);
        } catch (IOException | XmpParsingException | BadFieldValueException | RuntimeException unreadable) {
            return null;
        }
    }
}
