# An uncaught AssertionError: its traceback and exit status.
def validate(order):
    assert order["qty"] > 0, f"bad quantity {order['qty']}"
    return order
print(validate({"qty": 1}))
validate({"qty": -2})
