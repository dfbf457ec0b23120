using Groupement.Domain.Adhesions;

namespace Groupement.Domain.Tests.Adhesions;

public class SubmissionParserTests
{
    private const string Member = """{"siren":"214901159","name":"Commune d'Angers","kind":"commune","inseeCode":"49007"}""";
    private const string Referent = """{"name":"Jeanne Martin","email":"jeanne.martin@angers.fr","phone":"02 41 00 00 00"}""";
    private const string Needs = """[{"school":"École Jules Ferry","uai":"0490001K","accounts":120},{"school":"École Prévert","accounts":30}]""";

    [Fact]
    public void A_well_formed_submission_parses_into_the_model()
    {
        var parsed = SubmissionParser.Parse(Member, Referent, Needs);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(new Member("214901159", "Commune d'Angers", "commune", "49007"), parsed.Member);
        Assert.Equal("jeanne.martin@angers.fr", parsed.Referent!.Email);
        Assert.Equal(2, parsed.Needs!.Count);
        Assert.Null(parsed.Needs[1].Uai);
        Assert.Equal(150, parsed.Needs.Sum(n => n.Accounts));
    }

    [Theory]
    [InlineData("214901158")] // Luhn fails
    [InlineData("000000000")]
    [InlineData("21490115")]
    [InlineData("21490115A")]
    [InlineData("")]
    public void A_bad_siren_is_reported_as_INVALID_SIREN_on_member_siren(string siren)
    {
        var parsed = SubmissionParser.Parse(Member.Replace("214901159", siren), Referent, Needs);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal("member.siren", error.Field);
        Assert.Equal(AdhesionInputValidator.InvalidSiren, error.Code);
    }

    [Fact]
    public void Unknown_kind_missing_name_and_bad_email_are_each_named()
    {
        var parsed = SubmissionParser.Parse("""{"siren":"214901159","name":" ","kind":"mairie"}""", """{"name":"J","email":"pas-un-courriel"}""", Needs);
        Assert.Equal(["member.name", "member.kind", "referent.email"], parsed.Errors.Select(e => e.Field));
        Assert.All(parsed.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Needs_must_be_a_non_empty_list_of_schools_with_positive_integer_accounts()
    {
        Assert.Equal("needs", Assert.Single(SubmissionParser.Parse(Member, Referent, "[]").Errors).Field);
        var parsed = SubmissionParser.Parse(Member, Referent,
            """[{"school":"","accounts":3},{"school":"B","uai":"049001K","accounts":0},{"school":"C","accounts":2.5},{"school":"D","accounts":"4"}]""");
        Assert.Equal(["needs[0].school", "needs[1].accounts", "needs[1].uai", "needs[2].accounts", "needs[3].accounts"],
            parsed.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Malformed_or_missing_parts_are_field_errors_not_exceptions()
    {
        var parsed = SubmissionParser.Parse("{not json", null, """{"school":"A"}""");
        Assert.Equal(["member", "referent", "needs"], parsed.Errors.Select(e => e.Field));
        Assert.False(parsed.IsValid);
    }

    [Theory]
    [InlineData("a@b.fr", true)]
    [InlineData("prenom.nom@mairie-angers.fr", true)]
    [InlineData("a@b", false)]
    [InlineData("a b@c.fr", false)]
    [InlineData("Jeanne <j@c.fr>", false)]
    public void Email_format(string email, bool valid) => Assert.Equal(valid, AdhesionInputValidator.IsEmail(email));

    [Theory]
    [InlineData("214901159", true)]
    [InlineData("732829320", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    public void Siren_checksum(string siren, bool valid) => Assert.Equal(valid, Groupement.Domain.Members.Siren.IsValid(siren));
}

public class FieldErrorsTests
{
    [Fact]
    public void Field_errors_group_by_field_and_a_siren_error_names_the_problem()
    {
        var parsed = SubmissionParser.Parse("""{"siren":"000000000","name":"","kind":"commune"}""", """{"name":"J","email":"x"}""", "[]");

        var errors = FieldErrors.ToProblemErrors(parsed.Errors);

        Assert.Equal(["member.siren", "member.name", "referent.email", "needs"], errors.Keys);
        Assert.Equal("INVALID_SIREN", FieldErrors.ProblemCode(parsed.Errors));
        Assert.Equal("VALIDATION_FAILED", FieldErrors.ProblemCode([new FieldError("needs", "x")]));
    }
}
