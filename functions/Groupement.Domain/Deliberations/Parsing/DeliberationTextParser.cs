namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record ParsedDeliberation(DeliberationFacts Facts, string? BodyKind, bool LooksLikeDeliberation);

/// <summary>Reads every fact of DESIGN §4 from the text of a délibération.</summary>
internal static class DeliberationTextParser
{
    public static ParsedDeliberation Parse(string content, DeliberationContext context)
    {
        var text = new DeliberationText(content);
        var counts = CountsParser.Parse(text);
        var session = SessionParser.Parse(text);
        var stamp = StampParser.Parse(text);
        var (body, kind) = BodyParser.Body(text);
        var facts = new DeliberationFacts
        {
            Body = body,
            Authority = BodyParser.Authority(text),
            SessionDate = session.SessionDate,
            ConvocationDate = session.ConvocationDate,
            MembersInOffice = counts.MembersInOffice,
            Present = counts.Present,
            Proxies = counts.Proxies,
            VotesCast = counts.Voters ?? counts.ValidVotes,
            Voters = counts.Voters,
            ValidVotes = counts.ValidVotes,
            VotesFor = counts.VotesFor,
            VotesAgainst = counts.VotesAgainst,
            Abstentions = counts.Abstentions,
            Unanimous = counts.Unanimous,
            AuthorizesSignature = ContentParser.AuthorizesSignature(text),
            ConcernsGroupement = GroupementMatcher.Concerns(text, context.GroupementName, context.Keywords),
            Stamp = stamp,
            SecondConvocation = session.SecondConvocation,
            UrgencyStated = session.UrgencyStated,
            UrgencyRuledOn = session.UrgencyRuledOn,
            Object = ContentParser.Object(text),
        };
        return new ParsedDeliberation(facts, kind, ContentParser.LooksLikeDeliberation(text, body));
    }
}
