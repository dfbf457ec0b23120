using System.Security.Cryptography;
using System.Text;

namespace Groupement.Functions.Auth;

/// <summary>
/// The staff session cookie <c>__Host-grp_session</c> (HttpOnly, SameSite=Strict, Path=/, Secure; plain
/// <c>grp_session</c> without Secure when the request is for localhost) and its CSRF token, derived from the session id (HMAC), so it is never stored and cannot lead back to it.
/// </summary>
public static class SessionCookie
{
    public const string Name = "grp_session";

    /// <summary>The name over HTTPS: the <c>__Host-</c> prefix makes the browser refuse it unless Secure, Path=/ and host-only.</summary>
    public const string SecureName = "__Host-" + Name;
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>The session id the request carries, or null. Never log it.</summary>
    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(NameFor(http), out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static void Write(HttpContext http, string sessionId, TimeSpan lifetime) =>
        http.Response.Cookies.Append(NameFor(http), sessionId, Options(http, lifetime));

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(NameFor(http), Options(http, TimeSpan.Zero));

    /// <summary><see cref="SecureName"/> wherever the cookie is Secure; the plain name on localhost (plain HTTP).</summary>
    public static string NameFor(HttpContext http) => IsLocal(http) ? Name : SecureName;

    private static bool IsLocal(HttpContext http) => http.Request.Host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1";

    /// <summary>The CSRF token of a session: base64url HMAC-SHA256 of a fixed label, keyed by the session id.</summary>
    public static string CsrfFor(string sessionId)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(sessionId), "groupement-csrf-v1"u8);
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Whether the method changes state (anything but GET, HEAD, OPTIONS, TRACE).</summary>
    public static bool ChangesState(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));

    private static CookieOptions Options(HttpContext http, TimeSpan lifetime) => new()
    {
        HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", MaxAge = lifetime, IsEssential = true,
        Secure = !IsLocal(http),
    };
}
