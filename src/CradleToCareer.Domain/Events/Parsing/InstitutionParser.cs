namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>Reads an institution block <c>{ id, name?, kind? }</c>.</summary>
internal static class InstitutionParser
{
    private static readonly FieldKind<string> Kind = FieldKinds.OneOf(Vocabulary.InstitutionKinds);

    public static InstitutionRef Required(JsonObjectReader data, InstitutionIdKinds allowed) =>
        Read(data.RequiredObject("institution"), allowed)!;

    public static InstitutionRef? Optional(JsonObjectReader data, InstitutionIdKinds allowed) =>
        Read(data.OptionalObject("institution"), allowed);

    private static InstitutionRef? Read(JsonObjectReader? institution, InstitutionIdKinds allowed)
    {
        if (institution is null)
        {
            return null;
        }

        return new InstitutionRef(
            institution.Required("id", FieldKinds.InstitutionId(allowed)),
            institution.OptionalText("name", FieldLimits.InstitutionName),
            institution.TryOptional("kind", Kind, out var kind) ? kind : null);
    }
}
