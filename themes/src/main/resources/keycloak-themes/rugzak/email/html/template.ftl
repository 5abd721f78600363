<#-- Rugzak: the municipality's name, logo, colour and footer around every Keycloak mail. Values come from realm
     localization texts set by provisioning; they are checked here again (colour as #rrggbb, logo as an http(s) URL)
     and escaped by FreeMarker. Styles are inline: mail programs drop style sheets. -->
<#macro emailLayout>
<#assign rzName = msg("rugzakName")>
<#if rzName == "rugzakName" || rzName == ""><#assign rzName = realmName!""></#if>
<#assign rzColour = msg("rugzakPrimaryColour")>
<#if !rzColour?matches("#[0-9a-f]{6}")><#assign rzColour = "#1d4f91"></#if>
<#assign rzContrast = msg("rugzakPrimaryContrast")>
<#if !rzContrast?matches("#[0-9a-f]{6}")><#assign rzContrast = "#ffffff"></#if>
<#assign rzLogo = msg("rugzakLogoUrl")>
<#assign rzFooter = msg("rugzakFooter")>
<#if rzFooter == "rugzakFooter"><#assign rzFooter = rzName></#if>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0;padding:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:40rem;margin:0 auto;border-collapse:collapse;">
  <tr>
    <td class="rugzak-mail-header" data-rugzak-colour="${rzColour}" style="background:${rzColour};color:${rzContrast};padding:16px 24px;">
      <#if rzLogo?matches("https?://[A-Za-z0-9.:-]+/[A-Za-z0-9/._-]*")><img src="${rzLogo}" alt="Logo ${rzName}" style="max-height:48px;max-width:192px;vertical-align:middle;margin-right:12px;"></#if>
      <span style="font-size:20px;font-weight:bold;vertical-align:middle;">${rzName}</span>
    </td>
  </tr>
  <tr>
    <td style="background:#ffffff;padding:24px;">
      <#nested>
    </td>
  </tr>
  <tr>
    <td class="rugzak-mail-footer" style="padding:16px 24px;font-size:14px;color:#444444;white-space:pre-line;border-top:4px solid ${rzColour};">${rzFooter}</td>
  </tr>
</table>
</body>
</html>
</#macro>
