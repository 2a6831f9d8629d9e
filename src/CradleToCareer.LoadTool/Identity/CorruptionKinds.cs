namespace CradleToCareer.LoadTool.Identity;

/// <summary>What was done to a record relative to the true person; a record may carry several.</summary>
[Flags]
public enum CorruptionKinds
{
    None = 0,
    FirstNameTypo = 1 << 0,
    LastNameTypo = 1 << 1,
    Nickname = 1 << 2,
    AccentsDropped = 1 << 3,
    DayMonthSwapped = 1 << 4,
    BirthDateDigit = 1 << 5,
    Moved = 1 << 6,
    SexMissing = 1 << 7,
    AddressMissing = 1 << 8,
    PostalCodeMissing = 1 << 9,
    CaseChanged = 1 << 10,
    NameOcr = 1 << 11,
    NamePhonetic = 1 << 12,
    NamesSwapped = 1 << 13,
    FirstNameMissing = 1 << 14,
    LastNameMissing = 1 << 15,
    BirthDateMissing = 1 << 16,
    SsnTypo = 1 << 17,
    BirthYearDigit = 1 << 18,
    SexMiscoded = 1 << 19,
    PostalCodeTypo = 1 << 20,
}
