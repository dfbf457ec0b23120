namespace Groupement.Functions.Web.Assets;

/// <summary>The one stylesheet: system fonts, DSFR-like colours (blue France #000091), 44px touch targets, visible focus.</summary>
internal static class SiteCss
{
    public const string Text = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;font-size:1rem;line-height:1.5;color:#161616;background:#f6f6f6}
        a{color:#000091;text-underline-offset:3px}
        a:hover{text-decoration-thickness:2px}
        :focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
        .skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.75rem 1rem;z-index:10}
        .skip:focus{left:.5rem;top:.5rem}
        header.site{background:#fff;border-bottom:4px solid #000091;padding:.75rem 1rem}
        .brand{margin:0 auto;max-width:44rem;font-weight:700;font-size:1.125rem}
        .brand span{display:block;font-weight:400;font-size:.875rem;color:#3a3a3a}
        main{display:block;max-width:44rem;margin:0 auto;padding:1rem 1rem 2rem;background:#fff}
        main:focus{outline:none}
        footer.site{max-width:44rem;margin:0 auto;padding:1rem;font-size:.875rem;color:#3a3a3a}
        h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.25rem;line-height:1.3;margin:0 0 .75rem}
        .lead{font-size:1.0625rem}
        .mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;word-break:break-all}
        fieldset{border:0;padding:0;margin:0 0 1.5rem;min-width:0}
        legend{font-weight:700;font-size:1.125rem;padding:0;margin-bottom:.5rem}
        fieldset.need{border-left:4px solid #e3e3fd;padding:.5rem 0 .5rem .75rem;margin-bottom:1rem}
        fieldset.need legend{font-size:1rem;float:left;width:100%}
        fieldset.need legend+*{clear:left}
        .field{margin:0 0 1rem}
        label{display:block;font-weight:600;margin-bottom:.25rem}
        .hint{margin:0 0 .25rem;color:#3a3a3a;font-size:.9375rem}
        input[type=text],input[type=email],input[type=tel],input[type=number],input[type=url],input[type=date],input[type=password],select,textarea{display:block;width:100%;min-height:44px;padding:.5rem .75rem;font:inherit;color:#161616;background:#eee;border:0;border-bottom:2px solid #3a3a3a;border-radius:4px 4px 0 0}
        input[type=file]{display:block;width:100%;min-height:44px;padding:.5rem 0;font:inherit}
        input[type=file]::file-selector-button{min-height:44px;padding:.5rem 1rem;margin-right:.75rem;font:inherit;color:#000091;background:#fff;border:1px solid #000091;border-radius:4px}
        .field.has-error input,.field.has-error select,.field.has-error textarea{border-bottom-color:#ce0500}
        .field.has-error{border-left:3px solid #ce0500;padding-left:.75rem}
        .error-message{margin:0 0 .25rem;color:#ce0500;font-weight:600}
        .error-message:empty{display:none}
        .radio,.checkbox{display:flex;align-items:center;gap:.75rem;min-height:44px}
        .radio input,.checkbox input{width:24px;height:24px;margin:0;flex:none}
        .radio label,.checkbox label{margin:0;font-weight:400}
        .checkbox.field{flex-wrap:wrap}
        .checkbox .error-message{flex-basis:100%}
        .button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;padding:.5rem 1.25rem;font:inherit;font-weight:600;color:#fff;background:#000091;border:1px solid #000091;border-radius:4px;cursor:pointer}
        .button:hover{background:#1212ff}
        .button[disabled],.button[aria-disabled=true]{background:#929292;border-color:#929292;cursor:wait}
        .button.secondary{color:#000091;background:#fff}
        .button.secondary:hover{background:#e3e3fd}
        .button.tertiary{color:#000091;background:transparent;border-color:transparent;text-decoration:underline;padding-left:0}
        .button.danger{background:#ce0500;border-color:#ce0500}
        .actions{margin:1.5rem 0 .5rem}
        .actions .button,form>.button{width:100%}
        .status{min-height:1.5rem;font-weight:600}
        .error-summary{border:3px solid #ce0500;padding:1rem;margin:0 0 1.5rem}
        .error-summary h2{color:#ce0500;font-size:1.125rem}
        .error-summary ul{margin:0;padding-left:1.25rem}
        .error-summary a{color:#ce0500;font-weight:600}
        .notice{padding:1rem;margin:0 0 1rem;border-left:4px solid #000091;background:#e3e3fd}
        .notice p{margin:0 0 .5rem}
        .notice-error{border-color:#ce0500;background:#ffe9e9}
        .notice-warning{border-color:#b34000;background:#fff4e5}
        .notice-success{border-color:#18753c;background:#dffee6}
        .confirmation{border:3px solid #18753c;padding:1rem;margin-top:1rem}
        .confirmation h2{color:#18753c}
        .follow-link{word-break:break-all;font-weight:600}
        details.help{margin:0 0 1rem;background:#f6f6f6;padding:.25rem .75rem}
        details.help summary{min-height:44px;display:flex;align-items:center;cursor:pointer;font-weight:600;color:#000091}
        details.help ul{padding-left:1.25rem}
        .panel{border:1px solid #ddd;padding:1rem;margin:0 0 1rem}
        .status-badge{display:inline-block;margin:0 0 .5rem;padding:.25rem .75rem;font-weight:700;font-size:1.125rem;color:#000091;background:#e3e3fd;border-radius:4px}
        .findings,.plain{list-style:none;margin:0;padding:0}
        .findings li,.plain li{padding:.5rem 0;border-bottom:1px solid #eee}
        .findings li{display:flex;gap:.75rem;align-items:flex-start}
        .sev{flex:none;display:inline-flex;align-items:center;justify-content:center;width:1.75rem;height:1.75rem;border-radius:50%;font-weight:700;color:#fff}
        .sev-error{background:#ce0500}.sev-warning{background:#b34000}.sev-info{background:#000091}
        .sev-label{font-weight:700}
        dl.facts{margin:0;display:grid;grid-template-columns:1fr;gap:.25rem}
        dl.facts dt{font-weight:600;margin-top:.5rem}
        dl.facts dd{margin:0}
        .meta{display:block;color:#3a3a3a;font-size:.875rem}
        .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        [hidden]{display:none!important}
        @media (min-width:40em){main{padding:2rem 2.5rem;margin-top:1.5rem}h1{font-size:2rem}.actions .button,form>.button{width:auto}dl.facts{grid-template-columns:minmax(10rem,auto) 1fr}dl.facts dt{margin-top:0}}
        """;
}
