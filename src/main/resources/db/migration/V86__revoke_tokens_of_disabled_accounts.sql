-- Disabling an account now revokes its tokens (ApiTokens.revokeAll), so that re-enabling it does not bring them
-- back; tokens of accounts disabled before that are revoked here, once.
update api_token
   set revoked_at = now()
 where revoked_at is null
   and account_id in (select id from account where not enabled);
