namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Applies a <see cref="CorruptionModel"/> to a draft, each kind drawn independently, and notes what it did. Blanked
/// fields are decided first, so the edits after them apply only to what the record still has.
/// </summary>
public sealed class RecordCorruptor(CorruptionModel model)
{
    public void Apply(Random rng, RecordDraft draft, SourceSide side)
    {
        Blank(rng, draft, side);
        CorruptNames(rng, draft, side);
        CorruptBirthDate(rng, draft, side);
        CorruptAddressAndSex(rng, draft, side);
        if (draft.Ssn is { } ssn && Hits(CorruptionKinds.SsnTypo))
        {
            draft.Ssn = DigitEdits.Typo(rng, ssn);
            draft.Kinds |= CorruptionKinds.SsnTypo;
        }
        if (Hits(CorruptionKinds.CaseChanged))
        {
            ChangeCase(draft, upper: rng.NextDouble() < 0.7);
        }

        bool Hits(CorruptionKinds kind) => model.Hits(kind, rng, side);
    }

    private void Blank(Random rng, RecordDraft draft, SourceSide side)
    {
        if (model.Hits(CorruptionKinds.FirstNameMissing, rng, side))
        {
            draft.FirstName = null;
            draft.Kinds |= CorruptionKinds.FirstNameMissing;
        }
        if (model.Hits(CorruptionKinds.LastNameMissing, rng, side))
        {
            draft.LastName = null;
            draft.Kinds |= CorruptionKinds.LastNameMissing;
        }
        if (model.Hits(CorruptionKinds.BirthDateMissing, rng, side))
        {
            draft.BirthDate = null;
            draft.Kinds |= CorruptionKinds.BirthDateMissing;
        }
    }

    private void CorruptNames(Random rng, RecordDraft draft, SourceSide side)
    {
        bool Hits(CorruptionKinds kind) => model.Hits(kind, rng, side);
        if (draft.FirstName is { } first && NameVariants.HasNickname(first) && Hits(CorruptionKinds.Nickname))
        {
            draft.FirstName = NameVariants.PickNickname(rng, first);
            draft.Kinds |= CorruptionKinds.Nickname;
        }
        if (HasAny(draft, NameVariants.HasAccent) && Hits(CorruptionKinds.AccentsDropped))
        {
            EditNames(draft, NameVariants.StripAccents);
            draft.Kinds |= CorruptionKinds.AccentsDropped;
        }
        if (draft.FirstName is { } given && Hits(CorruptionKinds.FirstNameTypo))
        {
            draft.FirstName = TextEdits.Typo(rng, given);
            draft.Kinds |= CorruptionKinds.FirstNameTypo;
        }
        if (draft.LastName is { } family && Hits(CorruptionKinds.LastNameTypo))
        {
            draft.LastName = TextEdits.Typo(rng, family);
            draft.Kinds |= CorruptionKinds.LastNameTypo;
        }
        if (HasAny(draft, TextEdits.CanMisread) && Hits(CorruptionKinds.NameOcr))
        {
            EditOneName(rng, draft, TextEdits.CanMisread, TextEdits.OcrMisread);
            draft.Kinds |= CorruptionKinds.NameOcr;
        }
        if (HasAny(draft, NameVariants.HasSoundAlike) && Hits(CorruptionKinds.NamePhonetic))
        {
            EditOneName(rng, draft, NameVariants.HasSoundAlike, NameVariants.SoundAlike);
            draft.Kinds |= CorruptionKinds.NamePhonetic;
        }
        if (draft is { FirstName: not null, LastName: not null } && Hits(CorruptionKinds.NamesSwapped))
        {
            (draft.FirstName, draft.LastName) = (draft.LastName, draft.FirstName);
            draft.Kinds |= CorruptionKinds.NamesSwapped;
        }
    }

    private void CorruptBirthDate(Random rng, RecordDraft draft, SourceSide side)
    {
        bool Hits(CorruptionKinds kind) => model.Hits(kind, rng, side);
        if (draft.BirthDate is not { } date)
        {
            return;
        }
        if (DateEdits.CanSwapDayAndMonth(date) && Hits(CorruptionKinds.DayMonthSwapped))
        {
            date = DateEdits.SwapDayAndMonth(date);
            draft.Kinds |= CorruptionKinds.DayMonthSwapped;
        }
        if (Hits(CorruptionKinds.BirthDateDigit))
        {
            date = DateEdits.OneDigitTypo(rng, date);
            draft.Kinds |= CorruptionKinds.BirthDateDigit;
        }
        if (Hits(CorruptionKinds.BirthYearDigit))
        {
            date = DateEdits.YearDigitTypo(rng, date);
            draft.Kinds |= CorruptionKinds.BirthYearDigit;
        }
        draft.BirthDate = date;
    }

    private void CorruptAddressAndSex(Random rng, RecordDraft draft, SourceSide side)
    {
        bool Hits(CorruptionKinds kind) => model.Hits(kind, rng, side);
        if (Hits(CorruptionKinds.Moved))
        {
            draft.MoveTo(PersonFactory.AddressElsewhere(rng, draft.Address));
            draft.Kinds |= CorruptionKinds.Moved;
        }
        if (Hits(CorruptionKinds.SexMissing))
        {
            draft.Sex = null;
            draft.Kinds |= CorruptionKinds.SexMissing;
        }
        if (draft.Sex is { } sex && Hits(CorruptionKinds.SexMiscoded))
        {
            draft.Sex = Miscoded(rng, sex);
            draft.Kinds |= CorruptionKinds.SexMiscoded;
        }
        if (Hits(CorruptionKinds.AddressMissing))
        {
            draft.Street = null;
            draft.City = null;
            draft.Kinds |= CorruptionKinds.AddressMissing;
        }
        if (Hits(CorruptionKinds.PostalCodeMissing))
        {
            draft.PostalCode = null;
            draft.Kinds |= CorruptionKinds.PostalCodeMissing;
        }
        if (draft.PostalCode is { } postalCode && Hits(CorruptionKinds.PostalCodeTypo))
        {
            draft.PostalCode = DigitEdits.Typo(rng, postalCode);
            draft.Kinds |= CorruptionKinds.PostalCodeTypo;
        }
    }

    /// <summary>The other of F and M; X (non-binary) recorded as F or M by an agency that knows only those two.</summary>
    public static string Miscoded(Random rng, string sex) => sex switch
    {
        "F" => "M",
        "M" => "F",
        _ => rng.Next(2) == 0 ? "F" : "M",
    };

    private static bool HasAny(RecordDraft draft, Func<string, bool> test) =>
        (draft.FirstName is { } first && test(first)) || (draft.LastName is { } last && test(last));

    private static void EditNames(RecordDraft draft, Func<string, string> edit)
    {
        draft.FirstName = draft.FirstName is { } first ? edit(first) : null;
        draft.LastName = draft.LastName is { } last ? edit(last) : null;
    }

    /// <summary>Edits the given or the family name, whichever the edit applies to (either at random when both).</summary>
    private static void EditOneName(Random rng, RecordDraft draft, Func<string, bool> applies, Func<Random, string, string> edit)
    {
        var first = draft.FirstName is { } f && applies(f);
        var last = draft.LastName is { } l && applies(l);
        if (first && (!last || rng.Next(2) == 0))
        {
            draft.FirstName = edit(rng, draft.FirstName!);
        }
        else
        {
            draft.LastName = edit(rng, draft.LastName!);
        }
    }

    /// <summary>All capitals (most such systems) or all lower case, for the names, street and city alike.</summary>
    private static void ChangeCase(RecordDraft draft, bool upper)
    {
        string? Recase(string? text) => text is null ? null : upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
        draft.FirstName = Recase(draft.FirstName);
        draft.LastName = Recase(draft.LastName);
        draft.Street = Recase(draft.Street);
        draft.City = Recase(draft.City);
        draft.Kinds |= CorruptionKinds.CaseChanged;
    }
}
