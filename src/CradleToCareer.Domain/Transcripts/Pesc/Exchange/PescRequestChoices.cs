using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// The level, purpose and format a PESC Recipient asks for, in our terms. A request without a Recipient, or a
/// Recipient without the element, gets the default.
/// </summary>
internal static class PescRequestChoices
{
    public const string DefaultLevel = TranscriptLevels.All;
    public const string DefaultPurpose = "admission";
    public const string DefaultFormat = TranscriptRequestFormats.Xml;

    /// <summary>
    /// TranscriptType: Complete is everything we hold; every other PESC type (undergraduate, graduate, credit or
    /// continuing education courses, the professional schools) is about college work, so postsecondary.
    /// </summary>
    public static string Level(string? transcriptType) =>
        transcriptType switch
        {
            null or "Complete" => DefaultLevel,
            _ => TranscriptLevels.Postsecondary,
        };

    /// <summary>TranscriptPurpose as words a person reads, as the JSON request's purpose is.</summary>
    public static string Purpose(string? transcriptPurpose) =>
        transcriptPurpose switch
        {
            null or "Admission" => DefaultPurpose,
            "Registrar" => "registrar",
            "AdmissionRegistrar" => "admission and registrar",
            "CertificationLicensure" => "certification or licensure",
            "Employment" => "employment",
            "Scholarship" => "scholarship",
            "SelfManagedPackage" => "self-managed package",
            "Self" => "the student's own copy",
            "AdmissionService" => "admission service",
            "GraduateAdmissions" => "graduate admissions",
            "LawSchoolAdmissions" => "law school admissions",
            "MedicalSchoolAdmissions" => "medical school admissions",
            "ScholarshipGrantFellowship" => "scholarship, grant or fellowship",
            "Transfer" => "transfer",
            "UndergraduateAdmissions" => "undergraduate admissions",
            _ => "other",
        };

    /// <summary>
    /// ElectronicFormat: PDF (with or without embedded data) is the PDF; XML, EDI and Other are the PESC XML
    /// transcript, since a PESC requester reads PESC XML and we write no EDI.
    /// </summary>
    public static string Format(string? electronicFormat) =>
        electronicFormat is "PDF" or "PDFWithEmbeddedData" ? TranscriptRequestFormats.Pdf : DefaultFormat;
}
