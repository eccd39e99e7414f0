-- Drives Neovim's built-in LSP client the way a user would, on the post-mortem open in the current
-- buffer, and writes what it saw to $POSTMORTEM_NVIM_OUT as JSON. test/neovim/neovim.test.ts runs
-- it (`nvim --headless -u <the README's config> <file> -c 'luafile drive.lua'`) and judges it.
--
-- The plan ($POSTMORTEM_NVIM_PLAN, JSON) names two code actions to pick from the menu:
--   fix:   { line, col (bytes), character (UTF-16), code, title }  a quick fix with an edit
--   allow: { line, col, character, code, title }                   "Add '<phrase>' to the allow list"
--   fixAll: { line, col, title }                                   the source.fixAll.postmortem action
-- Written to Neovim 0.7's API (Debian 12), which later versions keep.

local out = { steps = {} }
local buf = vim.api.nvim_get_current_buf()

local function read_json(path)
  return vim.fn.json_decode(table.concat(vim.fn.readfile(path), '\n'))
end

local function finish(err)
  out.error = err
  vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv('POSTMORTEM_NVIM_OUT'))
  vim.cmd('qa!')
end

local function step(name, started)
  table.insert(out.steps, { name = name, ms = math.floor((vim.loop.hrtime() - started) / 1e6) })
end

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { code = d.code, severity = d.severity, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, source = d.source, message = d.message })
  end
  return list
end

-- Diagnostics are pushed (textDocument/publishDiagnostics, with the document version): count the
-- server's answers, so a step waits for the one about the buffer as it is now.
local published = { seq = 0 }
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  local r = publish(err, result, ctx, config)
  if vim.uri_to_bufnr(result.uri) == buf then published = { seq = published.seq + 1, version = result.version } end
  return r
end

--- Waits for a publication after the `after`-th one, for the buffer's current version.
local function answered(after, timeout)
  return vim.wait(timeout, function()
    return published.seq > after and published.version == vim.lsp.util.buf_versions[buf]
  end, 20)
end

-- Picks `want` from the code-action menu (vim.ui.select, as a user would), recording what was
-- offered. `want.code` ties a quick fix to its diagnostic; `context` is code_action's argument.
local function pick(want, context)
  local offered
  vim.api.nvim_win_set_cursor(0, { want.line + 1, want.col })
  local original = vim.ui.select
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    local chosen
    for _, item in ipairs(items) do
      local action = item[2]
      table.insert(offered, action.title)
      local d = action.diagnostics and action.diagnostics[1]
      local same = not want.code or (d and d.code == want.code and d.range.start.line == want.line and d.range.start.character == want.character)
      if not chosen and action.title == want.title and same then chosen = item end
    end
    vim.ui.select = original
    on_choice(chosen)
  end
  vim.lsp.buf.code_action(context)
  vim.wait(10000, function() return offered ~= nil end, 20)
  vim.ui.select = original
  return offered
end

local plan = read_json(os.getenv('POSTMORTEM_NVIM_PLAN'))
local started = vim.loop.hrtime()

-- 1. The config attached the server to this markdown buffer.
if not vim.wait(10000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20) then
  return finish('no language server attached to the buffer (filetype ' .. vim.bo[buf].filetype .. ')')
end
local client = vim.lsp.buf_get_clients(buf)[next(vim.lsp.buf_get_clients(buf))]
out.nvim = vim.version()
out.client = { name = client.name, root_dir = client.config.root_dir, settings = client.config.settings, offset_encoding = client.offset_encoding }
step('attached', started)

-- Messages the server shows (window/showMessage), as the user would see them.
out.messages = {}
local show = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, config)
  table.insert(out.messages, result.message)
  return show(err, result, ctx, config)
end

-- 2. Diagnostics arrive.
if not answered(0, 20000) then return finish('no diagnostics arrived') end
out.opened = diagnostics()
step('diagnostics', started)

-- 3. A quick fix from the menu edits the buffer, and the server re-checks it.
local tick, seen = vim.api.nvim_buf_get_changedtick(buf), published.seq
out.fixOffered = pick(plan.fix)
if not vim.wait(10000, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 20) then
  return finish('the quick fix did not change the buffer')
end
out.fixedText = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
step('quick fix applied', started)
if not answered(seen, 10000) then return finish('no diagnostics for the fixed text') end
out.afterFix = diagnostics()
step('diagnostics after the fix', started)

-- 4. "Add '<phrase>' to the allow list": a command the server runs; no settings to write here.
seen = published.seq
out.allowOffered = pick(plan.allow)
if not answered(seen, 10000) then return finish('no diagnostics after the allow-list action') end
out.afterAllow = diagnostics()
step('diagnostics after the allow list', started)

-- 5. Fix all safe problems: the source.fixAll.postmortem action (0.7 takes the context itself).
tick, seen = vim.api.nvim_buf_get_changedtick(buf), published.seq
out.fixAllOffered = pick(plan.fixAll, { only = { 'source.fixAll.postmortem' } })
if not vim.wait(10000, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 20) then
  return finish('fix all did not change the buffer')
end
out.fixAllText = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
if not answered(seen, 10000) then return finish('no diagnostics after fix all') end
out.afterFixAll = diagnostics()
step('fix all applied and re-checked', started)

finish(nil)
