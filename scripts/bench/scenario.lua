-- wrk script for scripts/bench.sh: one request shape per scenario, and a JSON summary at the end.
--
-- Settings (environment):
--   BENCH_SCENARIO  live | offers | wallet | purchase | login
--   BENCH_ACCOUNTS  file of "user_id email access_token" lines (all but live)
--   BENCH_MERCHANTS file of merchant ids, one per line (purchase)
--   BENCH_PASSWORD  the accounts' password (login)
--   BENCH_RUN       a unique prefix for external ids (purchase)
--   BENCH_DELAY_MS  pause of each connection between its requests (0: none); paces the run
--   BENCH_OUT       where done() writes the summary (JSON)
--
-- Every request goes through request(), also for the ceiling, so that the client's own cost is the
-- same in every scenario. GET requests are formatted once per account in init().

local scenario = os.getenv("BENCH_SCENARIO") or "live"
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local function lines(path)
  local out = {}
  if path == nil or path == "" then
    return out
  end
  for line in io.lines(path) do
    if line ~= "" then
      out[#out + 1] = line
    end
  end
  return out
end

local function split(line)
  local fields = {}
  for field in line:gmatch("%S+") do
    fields[#fields + 1] = field
  end
  return fields
end

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

local accounts = {}
local merchants = {}
local prepared = {}
local sent = 0

function init(args)
  for _, line in ipairs(lines(os.getenv("BENCH_ACCOUNTS"))) do
    local f = split(line)
    accounts[#accounts + 1] = { id = f[1], email = f[2], token = f[3] }
  end
  merchants = lines(os.getenv("BENCH_MERCHANTS"))
  if scenario == "live" then
    prepared[1] = wrk.format("GET", "/health/live")
  elseif scenario == "offers" or scenario == "wallet" then
    local path = scenario == "offers" and "/api/v1/offers/active" or "/api/v1/users/me/wallet"
    for i, a in ipairs(accounts) do
      prepared[i] = wrk.format("GET", path, { Authorization = "Bearer " .. a.token })
    end
  elseif scenario == "login" then
    local password = os.getenv("BENCH_PASSWORD")
    for i, a in ipairs(accounts) do
      local body = string.format('{"email":"%s","password":"%s"}', a.email, password)
      prepared[i] =
        wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" }, body)
    end
  elseif scenario ~= "purchase" then
    error("unknown BENCH_SCENARIO " .. scenario)
  end
  -- Threads start at different accounts so that they do not march in step.
  sent = (thread_number or 1) * 7919
end

function request()
  sent = sent + 1
  if scenario ~= "purchase" then
    return prepared[sent % #prepared + 1]
  end
  local a = accounts[sent % #accounts + 1]
  local body = string.format(
    '{"external_id":"%s-%d-%d","user_id":"%s","merchant_id":"%s","amount":"%d.%02d","currency":"EUR"}',
    run,
    thread_number or 1,
    sent,
    a.id,
    merchants[sent % #merchants + 1],
    10 + sent % 90,
    sent % 100
  )
  return wrk.format("POST", "/api/v1/purchases", {
    Authorization = "Bearer " .. a.token,
    ["Content-Type"] = "application/json",
  }, body)
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  out:write(string.format(
    '{"requests":%d,"duration_s":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,'
      .. '"errors":%d,"non_2xx_3xx":%d,"socket_errors":%d}\n',
    summary.requests,
    seconds,
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    errors,
    e.status,
    e.connect + e.read + e.write + e.timeout
  ))
  out:close()
end
