namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record ParsedDeliberation(DeliberationFacts Facts, string? BodyKind, bool LooksLikeDeliberation)
{
    /// <summary>Number of délibérations found on the page or in the file (1 when not split).</summary>
    public int Items { get; init; } = 1;
}

/// <summary>Reads every fact of DESIGN §4 from the text of a délibération, with where each was read.</summary>
internal static class DeliberationTextParser
{
    public static ParsedDeliberation Parse(string content, DeliberationContext context)
    {
        var whole = new DeliberationText(content);
        var selection = ItemSplitter.Select(whole, context.GroupementName, context.Keywords);
        var text = selection is { } s ? whole.Keep([.. s.Headers, s.Item]) : whole;
        // The item's own figures first (who voted on it), then those of the session header.
        var counts = selection is { } sel
            ? CountsParser.Parse(whole.Keep([sel.Item])).Or(CountsParser.Parse(whole.Keep(sel.Headers)))
            : CountsParser.Parse(text);
        var session = SessionParser.Parse(text);
        var stamp = StampParser.Parse(text);
        if (session.SessionDate is { Value: var day })
        {
            // Nothing is sent, received or published before the session: such a date belongs to something else.
            stamp = stamp with
            {
                SentOn = stamp.SentOn?.Value < day ? null : stamp.SentOn,
                ReceivedOn = stamp.ReceivedOn?.Value < day ? null : stamp.ReceivedOn,
                PublishedOn = stamp.PublishedOn?.Value < day ? null : stamp.PublishedOn,
            };
        }
        var body = BodyParser.Body(text);
        var authority = BodyParser.Authority(text);
        var authorizes = ContentParser.AuthorizesSignature(text);
        var concerns = GroupementMatcher.Concerns(text, context.GroupementName, context.Keywords);
        var obj = ContentParser.Object(text);
        var votesCast = counts.Voters ?? counts.ValidVotes;
        Evidence? E(Span? at) => text.EvidenceAt(at);
        var facts = new DeliberationFacts
        {
            Body = body?.Value.Body,
            Authority = authority?.Value,
            SessionDate = session.SessionDate?.Value,
            ConvocationDate = session.ConvocationDate?.Value,
            FirstSittingDate = session.FirstSittingDate?.Value,
            MembersInOffice = counts.MembersInOffice?.Value,
            Present = counts.Present?.Value,
            Proxies = counts.Proxies?.Value,
            VotesCast = votesCast?.Value,
            Voters = counts.Voters?.Value,
            ValidVotes = counts.ValidVotes?.Value,
            VotesFor = counts.VotesFor?.Value,
            VotesAgainst = counts.VotesAgainst?.Value,
            Abstentions = counts.Abstentions?.Value,
            BlankOrSpoilt = counts.BlankOrSpoilt?.Value,
            NotVoting = counts.NotVoting?.Value,
            Unanimous = counts.Unanimous?.Value,
            AuthorizesSignature = authorizes is not null,
            ConcernsGroupement = concerns.Concerns,
            Stamp = stamp.ToStamp(),
            SecondConvocation = session.SecondConvocation is not null,
            UrgencyStated = session.UrgencyStated is not null,
            UrgencyRuledOn = session.UrgencyRuledOn is not null,
            ReportsSentWithConvocation = session.ReportsSent,
            Object = obj?.Value,
            DeliberationsInDocument = selection?.Items ?? 1,
            Evidence = new DeliberationEvidence
            {
                Body = E(body?.At),
                Authority = E(authority?.At),
                SessionDate = E(session.SessionDate?.At),
                ConvocationDate = E(session.ConvocationDate?.At),
                FirstSittingDate = E(session.FirstSittingDate?.At),
                MembersInOffice = E(counts.MembersInOffice?.At),
                Present = E(counts.Present?.At),
                Proxies = E(counts.Proxies?.At),
                VotesCast = E(votesCast?.At),
                Voters = E(counts.Voters?.At),
                ValidVotes = E(counts.ValidVotes?.At),
                VotesFor = E(counts.VotesFor?.At),
                VotesAgainst = E(counts.VotesAgainst?.At),
                Abstentions = E(counts.Abstentions?.At),
                BlankOrSpoilt = E(counts.BlankOrSpoilt?.At),
                NotVoting = E(counts.NotVoting?.At),
                Unanimous = E(counts.Unanimous?.At),
                AuthorizesSignature = E(authorizes),
                ConcernsGroupement = E(concerns.At),
                Object = E(obj?.At),
                SecondConvocation = E(session.SecondConvocation),
                UrgencyStated = E(session.UrgencyStated),
                UrgencyRuledOn = E(session.UrgencyRuledOn),
                SentOn = E(stamp.SentOn?.At),
                ReceivedOn = E(stamp.ReceivedOn?.At),
                PublishedOn = E(stamp.PublishedOn?.At),
                ActId = E(stamp.ActId?.At),
                CertifiedExecutory = E(stamp.Certified),
            },
        };
        return new ParsedDeliberation(facts, body?.Value.Kind, ContentParser.LooksLikeDeliberation(text, body?.Value.Body))
        {
            Items = selection?.Items ?? 1,
        };
    }
}
