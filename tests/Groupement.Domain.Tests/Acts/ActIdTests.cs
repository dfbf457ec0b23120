using Groupement.Domain.Acts;
using Groupement.Domain.Deliberations;

namespace Groupement.Domain.Tests.Acts;

public sealed class ActIdTests
{
    [Theory]
    [InlineData("049-214901159-20260202-2026_011-DE", "049", "214901159", "2026-02-02", "2026_011", "DE")]
    [InlineData("02A-212000046-20260115-D12-DE", "02A", "212000046", "2026-01-15", "D12", "DE")]
    [InlineData("974-219740115-20251231-A-AR", "974", "219740115", "2025-12-31", "A", "AR")]
    [InlineData("034-000000000-20170701-20170725A-AI", "034", "000000000", "2017-07-01", "20170725A", "AI")]
    [InlineData("044-214400152-20181106-TEST_DGCL_4-DE", "044", "214400152", "2018-11-06", "TEST_DGCL_4", "DE")]
    public void Identifiers_are_parsed_into_their_parts(string text, string dept, string siren, string date, string number, string nature)
    {
        Assert.True(ActId.TryParse(text, out var id, out var error), error);
        Assert.Equal(dept, id!.Department);
        Assert.Equal(siren, id.Siren);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), id.DecisionDate);
        Assert.Equal(number, id.Number);
        Assert.Equal(nature, id.Nature.Abbreviation);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("49-214901159-20260202-2026_011-DE", "forme")]
    [InlineData("049-21490115-20260202-2026_011-DE", "forme")]
    [InlineData("096-214901159-20260202-1-DE", "département")]
    [InlineData("020-214901159-20260202-1-DE", "département")]
    [InlineData("01A-214901159-20260202-1-DE", "département")]
    [InlineData("049-214901159-20260230-1-DE", "date")]
    [InlineData("049-214901159-20260202-_11-DE", "numéro")]
    [InlineData("049-214901159-20260202-2026-011-DE", "forme")]
    [InlineData("049-214901159-20260202-1234567890123456-DE", "forme")]
    [InlineData("049-214901159-20260202-1-XX", "nature")]
    [InlineData("049-214901159-20260202-1-de", "forme")]
    public void Malformed_identifiers_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(ActId.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_six_natures_map_codes_to_abbreviations()
    {
        Assert.Equal(["DE", "AR", "AI", "CC", "BF", "AU"], Enumerable.Range(1, 6).Select(c => ActNature.FromCode(c)!.Abbreviation));
        Assert.Null(ActNature.FromCode(7));
    }

    [Fact]
    public void A_matching_identifier_gives_no_finding()
    {
        var findings = ActIdChecks.Check("049-214900078-20260310-2026_045-DE", "214900078", new DateOnly(2026, 3, 10), new HashSet<string> { "49" });
        Assert.Empty(findings);
    }

    [Fact]
    public void Siren_date_nature_and_department_are_each_checked()
    {
        var findings = ActIdChecks.Check("044-214401093-20260311-2026_045-CC", "214900078", new DateOnly(2026, 3, 10), new HashSet<string> { "49" });

        Assert.Equal(
            [FindingCodes.ActIdDateMismatch, FindingCodes.ActIdInvalid, FindingCodes.ActIdNatureNotDe, FindingCodes.ActIdSirenMismatch],
            findings.Select(f => f.Code).Order());
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("214401093", StringComparison.Ordinal) && f.Message.Contains("214900078", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("11 mars 2026", StringComparison.Ordinal) && f.Message.Contains("10 mars 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_test_siren_in_an_identifier_is_invalid_for_a_real_member()
    {
        var findings = ActIdChecks.Check("001-000000000-20170130-TEST42-DE", null, null);
        Assert.Equal(FindingCodes.ActIdInvalid, Assert.Single(findings).Code);
    }
}
