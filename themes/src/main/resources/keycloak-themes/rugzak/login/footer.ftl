<#-- Rugzak: the tenant's name, logo and primary colour, from the realm attributes provisioning sets.
     Values are checked here again (colour as #rrggbb, logo as an http(s) URL) and escaped by FreeMarker. -->
<#macro content>
<#assign rugzakName = (realm.attributes["rugzak.name"])!(realm.displayName!'')>
<#assign rugzakColour = (realm.attributes["rugzak.primaryColour"])!''>
<#assign rugzakContrast = (realm.attributes["rugzak.primaryContrast"])!''>
<#assign rugzakLogo = (realm.attributes["rugzak.logoUrl"])!''>
<#if rugzakColour?matches("#[0-9a-f]{6}")>
<style>:root { --rugzak-login-primary: ${rugzakColour}; <#if rugzakContrast?matches("#[0-9a-f]{6}")>--rugzak-login-primary-contrast: ${rugzakContrast};</#if> }</style>
</#if>
<div class="rugzak-login-brand" data-rugzak-colour="${rugzakColour}">
  <#if rugzakLogo?matches("https?://[A-Za-z0-9.:-]+/[A-Za-z0-9/._-]*")><img src="${rugzakLogo}" alt="Logo ${rugzakName}"></#if>
  <span class="rugzak-login-name">${rugzakName}</span>
</div>
</#macro>
