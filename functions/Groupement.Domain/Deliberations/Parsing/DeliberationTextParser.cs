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
        if (session.SessionDate is DateOnly day)
        {
            // Nothing is sent, received or published before the session: such a date belongs to something else.
            stamp = stamp with
            {
                SentOn = stamp.SentOn < day ? null : stamp.SentOn,
                ReceivedOn = stamp.ReceivedOn < day ? null : stamp.ReceivedOn,
                PublishedOn = stamp.PublishedOn < day ? null : stamp.PublishedOn,
            };
        }
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
