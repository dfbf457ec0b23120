using Groupement.Functions.Auth;
using Microsoft.AspNetCore.Http;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>The session cookie's name and attributes over HTTPS and on localhost (ASVS 3.4.1–3.4.5).</summary>
public sealed class SessionCookieTests
{
    [Fact]
    public void Over_https_the_cookie_is_host_prefixed_secure_http_only_strict_and_for_the_whole_site()
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString("console.groupement.example");
        SessionCookie.Write(http, "session-id", TimeSpan.FromHours(8));

        var cookie = http.Response.Headers.SetCookie.ToString();
        Assert.StartsWith("__Host-grp_session=session-id", cookie);
        var attributes = cookie.ToLowerInvariant();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain("domain=", attributes);
        Assert.Contains("max-age=28800", attributes);
    }

    [Fact]
    public void On_localhost_the_cookie_keeps_its_plain_name_without_secure()
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString("localhost", 7071);
        SessionCookie.Write(http, "session-id", TimeSpan.FromHours(1));

        var cookie = http.Response.Headers.SetCookie.ToString();
        Assert.StartsWith("grp_session=session-id", cookie);
        Assert.DoesNotContain("secure", cookie.ToLowerInvariant());
    }

    [Fact]
    public void Over_https_only_the_prefixed_cookie_is_read()
    {
        var prefixed = new DefaultHttpContext();
        prefixed.Request.Host = new HostString("console.groupement.example");
        prefixed.Request.Headers.Cookie = "__Host-grp_session=from-the-browser";
        Assert.Equal("from-the-browser", SessionCookie.Read(prefixed));

        var plain = new DefaultHttpContext();
        plain.Request.Host = new HostString("console.groupement.example");
        plain.Request.Headers.Cookie = "grp_session=set-by-a-sibling-domain";
        Assert.Null(SessionCookie.Read(plain));
    }
}
