namespace CradleToCareer.LoadTool.Identity;

/// <summary>Applies <see cref="CorruptionRules"/> to a draft, each rule drawn independently, and notes what it did.</summary>
public static class RecordCorruptor
{
    public static void Apply(Random rng, RecordDraft draft, SourceSide side)
    {
        if (NameVariants.HasNickname(draft.FirstName) && CorruptionRules.Nickname.Hits(rng, side))
        {
            draft.FirstName = NameVariants.PickNickname(rng, draft.FirstName);
            draft.Kinds |= CorruptionKinds.Nickname;
        }
        if ((NameVariants.HasAccent(draft.FirstName) || NameVariants.HasAccent(draft.LastName)) && CorruptionRules.AccentsDropped.Hits(rng, side))
        {
            draft.FirstName = NameVariants.StripAccents(draft.FirstName);
            draft.LastName = NameVariants.StripAccents(draft.LastName);
            draft.Kinds |= CorruptionKinds.AccentsDropped;
        }
        if (CorruptionRules.FirstNameTypo.Hits(rng, side))
        {
            draft.FirstName = TextEdits.Typo(rng, draft.FirstName);
            draft.Kinds |= CorruptionKinds.FirstNameTypo;
        }
        if (CorruptionRules.LastNameTypo.Hits(rng, side))
        {
            draft.LastName = TextEdits.Typo(rng, draft.LastName);
            draft.Kinds |= CorruptionKinds.LastNameTypo;
        }
        CorruptBirthDate(rng, draft, side);
        CorruptAddressAndSex(rng, draft, side);
        if (CorruptionRules.CaseChanged.Hits(rng, side))
        {
            ChangeCase(draft, upper: rng.NextDouble() < 0.7);
        }
    }

    private static void CorruptBirthDate(Random rng, RecordDraft draft, SourceSide side)
    {
        if (DateEdits.CanSwapDayAndMonth(draft.BirthDate) && CorruptionRules.DayMonthSwapped.Hits(rng, side))
        {
            draft.BirthDate = DateEdits.SwapDayAndMonth(draft.BirthDate);
            draft.Kinds |= CorruptionKinds.DayMonthSwapped;
        }
        if (CorruptionRules.BirthDateDigit.Hits(rng, side))
        {
            draft.BirthDate = DateEdits.OneDigitTypo(rng, draft.BirthDate);
            draft.Kinds |= CorruptionKinds.BirthDateDigit;
        }
    }

    private static void CorruptAddressAndSex(Random rng, RecordDraft draft, SourceSide side)
    {
        if (CorruptionRules.Moved.Hits(rng, side))
        {
            draft.MoveTo(PersonFactory.AddressElsewhere(rng, draft.Address));
            draft.Kinds |= CorruptionKinds.Moved;
        }
        if (CorruptionRules.SexMissing.Hits(rng, side))
        {
            draft.Sex = null;
            draft.Kinds |= CorruptionKinds.SexMissing;
        }
        if (CorruptionRules.AddressMissing.Hits(rng, side))
        {
            draft.Street = null;
            draft.City = null;
            draft.Kinds |= CorruptionKinds.AddressMissing;
        }
        if (CorruptionRules.PostalCodeMissing.Hits(rng, side))
        {
            draft.PostalCode = null;
            draft.Kinds |= CorruptionKinds.PostalCodeMissing;
        }
    }

    /// <summary>All capitals (most such systems) or all lower case, for the names, street and city alike.</summary>
    private static void ChangeCase(RecordDraft draft, bool upper)
    {
        string Recase(string text) => upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
        draft.FirstName = Recase(draft.FirstName);
        draft.LastName = Recase(draft.LastName);
        draft.Street = draft.Street is null ? null : Recase(draft.Street);
        draft.City = draft.City is null ? null : Recase(draft.City);
        draft.Kinds |= CorruptionKinds.CaseChanged;
    }
}
